using KpiLang.Cli;

return KpicApp.Run(args, Console.Out, Console.Error);
