namespace ReportBot.Protocol.Tests.Support;

/// <summary>Hand-written wire samples under Schema/Samples.</summary>
internal static class Samples
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Samples", name));
}
