using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KpiLang.Tests.Postgres;

/// <summary>
/// A real PostgreSQL server for the tests: Debian's binaries (postgresql-15; KPI_PG_BIN names another folder),
/// initdb into a temporary folder, pg_ctl on a free port of 127.0.0.1 with its socket in that folder, password
/// authentication over TCP (scram-sha-256) as a region would have it. initdb refuses to run as root, so as root the
/// server runs as the user 'postgres' that the Debian package creates. Stopped and deleted when the test run ends.
/// Every role has the password <see cref="Password"/>, which this process passes on in PGPASSWORD.
/// </summary>
internal sealed class PostgresServer
{
    public const string Password = "kpi-test-wachtwoord";

    /// <summary>The superuser that owns the test databases' builds unless a test makes another owner.</summary>
    public const string Admin = "kpi_beheer";

    private static readonly Lazy<PostgresServer> Shared = new(Start);

    private readonly string _folder;

    private PostgresServer(string bin, string folder, int port)
    {
        Bin = bin;
        _folder = folder;
        Port = port;
    }

    public string Bin { get; }

    public int Port { get; }

    /// <summary>
    /// Why the PostgreSQL tests cannot run here, in one line; null when they can. Found when the tests are discovered
    /// (xunit 2 decides skips then), so a server that is installed but will not start (no shared memory in a
    /// container, a full disk) skips the tests with its reason instead of failing each of them.
    /// </summary>
    public static string? Unavailable { get; } = FindProblem() ?? StartProblem();

    public static PostgresServer Instance => Unavailable is null ? Shared.Value : throw new InvalidOperationException(Unavailable);

    public string Url(string database, string user = Admin) => $"postgresql://{user}@127.0.0.1:{Port}/{database}";

    /// <summary>A new empty database owned by <paramref name="owner"/>.</summary>
    public string CreateDatabase(string owner = Admin)
    {
        var name = "kpi_" + Guid.NewGuid().ToString("N")[..12];
        Psql("postgres", $"CREATE DATABASE {name} OWNER {owner}");
        return name;
    }

    /// <summary>A login role with the shared password; <paramref name="options"/> such as CREATEROLE.</summary>
    public void CreateLogin(string name, string options = "")
    {
        Psql("postgres", $"CREATE ROLE {name} LOGIN PASSWORD '{Password}' {options}");
    }

    /// <summary>Runs SQL in psql as <paramref name="user"/> (-X, stop at the first error); returns what psql printed.</summary>
    public string Psql(string database, string sql, string user = Admin, params string[] options)
    {
        var (code, output, error) = TryPsql(database, sql, user, options);
        Assert.True(code == 0 && error.Length == 0, $"psql as {user}: {sql}\n{error}");
        return output;
    }

    public (int Code, string Output, string Error) TryPsql(string database, string sql, string user = Admin, params string[] options)
    {
        var start = new ProcessStartInfo(Path.Combine(Bin, "psql"));
        foreach (var arg in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", user, "-d", database }.Concat(options))
            start.ArgumentList.Add(arg);
        start.Environment["PGPASSWORD"] = Password;
        start.Environment["PGTZ"] = "UTC";
        return ShellProcess.Run(start, sql);
    }

    private static string? FindProblem()
    {
        if (!OperatingSystem.IsLinux()) return "de PostgreSQL-tests draaien alleen op Linux";
        if (BinFolder() is null)
            return "PostgreSQL-tests overgeslagen: initdb/pg_ctl niet gevonden (apt-get install postgresql, of zet KPI_PG_BIN); CI draait ze";
        if (Environment.UserName == "root" && !UserExists("postgres"))
            return "PostgreSQL-tests overgeslagen: initdb weigert root en de gebruiker 'postgres' bestaat niet (apt-get install postgresql maakt hem)";
        return null;
    }

    private static string? StartProblem()
    {
        try
        {
            _ = Shared.Value;
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            var reason = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return $"PostgreSQL-tests overgeslagen: de server start hier niet ({string.Join(" ", reason.Take(2))}); CI draait ze";
        }
    }

    private static string? BinFolder()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("KPI_PG_BIN") is { Length: > 0 } configured) candidates.Add(configured);
        candidates.Add("/usr/lib/postgresql/15/bin");
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static bool UserExists(string name) => File.ReadLines("/etc/passwd").Any(l => l.StartsWith(name + ":", StringComparison.Ordinal));

    private static PostgresServer Start()
    {
        var bin = BinFolder()!;
        var folder = Path.Combine(Path.GetTempPath(), "kpic-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var passwordFile = Path.Combine(folder, "wachtwoord");
        File.WriteAllText(passwordFile, Password + "\n");
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", "-R", "postgres:", folder);

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var server = new PostgresServer(bin, folder, port);
        try
        {
            RunAsServerUser(asRoot, Path.Combine(bin, "initdb"), "-D", data, "-U", Admin, "--pwfile", passwordFile, "-E", "UTF8",
                "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256");
            RunAsServerUser(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=150",
                "start");
        }
        catch (InvalidOperationException)
        {
            Directory.Delete(folder, recursive: true); // the tests are skipped with the reason; nothing is left behind
            throw;
        }
        Environment.SetEnvironmentVariable("PGPASSWORD", Password);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot, data);
        return server;
    }

    /// <summary>
    /// Stops the server and deletes its folder in a process of its own (setsid): the test host is killed soon after
    /// the last test, often before a stop it waited for could delete anything, and /tmp would fill with old servers.
    /// </summary>
    private void Stop(bool asRoot, string data)
    {
        var script = $"'{Path.Combine(Bin, "pg_ctl")}' -D '{data}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{_folder}'";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (asRoot ? ["runuser", "-u", "postgres", "--"] : Array.Empty<string>()).Concat(["sh", "-c", script]))
            start.ArgumentList.Add(arg);
        try
        {
            Process.Start(start)?.Dispose();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No setsid: the run is over, and a folder left in /tmp is all that remains.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsServerUser(bool asRoot, string program, params string[] args)
    {
        if (asRoot) Run("runuser", ["-u", "postgres", "--", program, .. args]);
        else Run(program, args);
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
    }
}

/// <summary>A test that needs the real PostgreSQL server; skipped with one line saying why where it cannot start.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable is { } reason) Skip = reason;
    }
}
