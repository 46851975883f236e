namespace ReportBot.Protocol.Schema;

/// <summary>Values an adapter puts in <see cref="Activity.CallerId"/> after authentication (never taken from the wire).</summary>
public static class CallerIdConstants
{
    public const string PublicAzureChannel = "urn:botframework:azure";
    public const string USGovChannel = "urn:botframework:azureusgov";
    public const string BotToBotPrefix = "urn:botframework:aadappid:";
}
