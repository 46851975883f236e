using Microsoft.Extensions.Configuration;

namespace ReportBot.Hosting;

/// <summary>
/// Finds the data folder (<c>index-data/</c>, with <c>reports/</c> inside): the <c>--data</c> option,
/// else the <c>ReportBot:DataPath</c> setting, else the nearest <c>index-data/</c> in the current folder
/// or its parents, else beside the program or its parents.
/// </summary>
internal static class DataDirectory
{
    public const string SettingKey = "ReportBot:DataPath";
    private const string FolderName = "index-data";

    public static string Resolve(string? option, IConfiguration? configuration)
    {
        var configured = option ?? configuration?[SettingKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(Path.Combine(full, "reports"))
                ? full
                : throw new DataDirectoryException($"The data folder '{full}' (from {(option is null ? SettingKey : "--data")}) has no 'reports' folder.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, FolderName);
                if (Directory.Exists(Path.Combine(candidate, "reports"))) return candidate;
            }
        }
        throw new DataDirectoryException(
            $"No '{FolderName}/reports' folder in the current folder or its parents. Run from the repository, pass --data PATH, or set {SettingKey}.");
    }
}

internal sealed class DataDirectoryException(string message) : Exception(message);
