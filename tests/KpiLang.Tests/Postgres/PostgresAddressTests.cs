using System.Net;
using System.Net.Sockets;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Postgres;

/// <summary>
/// A PostgreSQL URL as users type it: a password in it is refused (it would stand in the shell history), a bad URL is
/// a usage error (exit 2), a server that cannot be reached or refuses the login is "database refused" (exit 3), and
/// the password comes from PGPASSWORD or ~/.pgpass as for psql.
/// </summary>
public class PostgresAddressTests
{
    [Theory]
    [InlineData("build", "samples", "-o")]
    [InlineData("import", "samples/metingen.csv", "--db")]
    [InlineData("status", null, "--db")]
    public void A_password_in_the_url_is_refused_without_connecting(string command, string? argument, string option)
    {
        var args = new List<string> { command };
        if (argument is not null) args.Add(Path.Combine(Repository.Root, argument));
        args.AddRange([option, "postgresql://regio:geheim@db.example:5432/kpi"]);
        var (code, output, error) = CliRunner.Run([.. args]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("kpic: de URL 'postgresql://regio:…@db.example:5432/kpi' bevat een wachtwoord; dan staat het in de shellgeschiedenis en in "
            + "de proceslijst. Laat het weg (postgresql://gebruiker@host:poort/database) en zet het in PGPASSWORD of in ~/.pgpass, zoals voor psql.\n", error);
        Assert.DoesNotContain("geheim", error);
    }

    [Theory]
    [InlineData("postgresql://regio@localhost:99999/kpi", "kpic: 'postgresql://regio@localhost:99999/kpi' is geen bruikbare PostgreSQL-URL: de poort '99999' is geen getal van 1 tot 65535. Schrijf postgresql://gebruiker@host:poort/database.")]
    [InlineData("postgresql://regio@localhost/kpi?password=x", "kpic: de URL 'postgresql://regio@localhost/kpi?password=x' bevat een wachtwoord; dan staat het in de shellgeschiedenis en in de proceslijst. Laat het weg (postgresql://gebruiker@host:poort/database) en zet het in PGPASSWORD of in ~/.pgpass, zoals voor psql.")]
    [InlineData("postgres://regio@localhost/kpi?schema=x", "kpic: de URL 'postgres://regio@localhost/kpi?schema=x' heeft de onbekende parameter 'schema'; kpic kent: application_name, host, port, sslmode.")]
    public void A_bad_url_is_a_usage_error_that_says_what_to_write(string url, string message)
    {
        var (code, _, error) = CliRunner.Run("status", "--db", url);
        Assert.Equal(2, code);
        Assert.Equal(message + "\n", error);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_is_refused_with_exit_code_three()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now
        var url = $"postgresql://regio@127.0.0.1:{port}/kpi";
        var (code, output, error) = CliRunner.Run("status", "--db", url, "--lang", "en");
        Assert.Equal(3, code);
        Assert.Equal("", output);
        Assert.StartsWith($"kpic: the PostgreSQL server of '{url}' cannot be reached: ", error);
        Assert.EndsWith(". Check that the server runs and that host and port are right; nothing was changed.\n", error);
    }

    [PostgresFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_wrong_password_is_a_refused_login_and_the_right_one_comes_from_pgpass()
    {
        var server = PostgresServer.Instance;
        var database = server.CreateDatabase();
        var url = server.Url(database);
        using var home = new TempFolder();
        var (code, output, error) = PostgresTestKit.Run(["build", Repository.Samples, "-o", url],
            new Dictionary<string, string> { ["PGPASSWORD"] = "fout", ["HOME"] = home.Path });
        Assert.Equal(3, code);
        Assert.Equal("", output);
        Assert.Equal($"kpic: de server weigert de aanmelding voor '{url}': password authentication failed for user \"{PostgresServer.Admin}\". "
            + "Het wachtwoord komt uit PGPASSWORD of ~/.pgpass (nooit uit de URL); er is niets gewijzigd.\n", error);

        // No PGPASSWORD: ~/.pgpass, as psql reads it: host:port:database:user:password, readable by its owner only.
        var pgpass = home.Write(".pgpass", $"127.0.0.1:{server.Port}:{database}:{PostgresServer.Admin}:{PostgresServer.Password}\n");
        File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        (code, output, error) = PostgresTestKit.Run(["build", Repository.Samples, "-o", url],
            new Dictionary<string, string> { ["PGPASSWORD"] = "", ["HOME"] = home.Path });
        Assert.True(code == 0, output + error);
        Assert.Equal($"Database gemaakt: {url} (41 indicatoren, 0 metingen bewaard).\n", output);
    }
}
