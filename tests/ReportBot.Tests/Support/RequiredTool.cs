namespace ReportBot.Tests.Support;

/// <summary>
/// A program a test needs from the machine (redis-server, chromium). Where it is missing, the test
/// fails when <c>REPORTBOT_REQUIRE_TOOLS=1</c> (as in CI, which installs them) and is skipped with the
/// install command otherwise.
/// </summary>
internal static class RequiredTool
{
    public static bool Required => Environment.GetEnvironmentVariable("REPORTBOT_REQUIRE_TOOLS") == "1";

    public static string? Find(string name, params string[] candidates)
    {
        foreach (var path in candidates.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name))))
        {
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>The tool's path; else a failure (CI) or a skip (a developer's machine) that says how to install it.</summary>
    public static string Require(string name, string install, params string[] candidates)
    {
        var path = Find(name, candidates);
        if (path is not null) return path;
        var message = $"'{name}' is not installed; install it with: {install}";
        if (Required) throw new InvalidOperationException(message + " (REPORTBOT_REQUIRE_TOOLS=1: this test may not be skipped)");
        Skip.If(true, message);
        return "";
    }
}
