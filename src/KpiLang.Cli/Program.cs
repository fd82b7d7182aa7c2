using KpiLang.Cli;

OneShotCollection.PauseFor(args);
return KpicApp.Run(args, Console.Out, Console.Error);
