namespace ReportBot.Protocol.Schema;

/// <summary>The bot was installed or uninstalled (see <see cref="InstallationUpdateActionTypes"/>).</summary>
public interface IInstallationUpdateActivity : IActivity
{
    string? Action { get; set; }
}
