namespace ReportBot.Search.Tests.Support;

/// <summary>A data folder of its own under the temp folder, with a copy of the repository's reports; deleted afterwards.</summary>
internal sealed class TemporaryDataFolder : IDisposable
{
    public TemporaryDataFolder(bool withReports = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportbot-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Reports);
        if (!withReports) return;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Reports))
            File.Copy(file, System.IO.Path.Combine(Reports, System.IO.Path.GetFileName(file)));
    }

    public string Path { get; }

    public string Reports => System.IO.Path.Combine(Path, "reports");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
