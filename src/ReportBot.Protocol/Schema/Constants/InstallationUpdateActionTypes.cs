namespace ReportBot.Protocol.Schema;

/// <summary>Wire values of <see cref="Activity.Action"/> on installationUpdate activities.</summary>
public static class InstallationUpdateActionTypes
{
    public const string Add = "add";
    public const string Remove = "remove";
    public const string AddUpgrade = "add-upgrade";
    public const string RemoveUpgrade = "remove-upgrade";
}
