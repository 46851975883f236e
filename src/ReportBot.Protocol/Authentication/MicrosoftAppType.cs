namespace ReportBot.Protocol.Authentication;

/// <summary>The <c>MicrosoftAppType</c> setting of an Azure Bot registration.</summary>
public enum MicrosoftAppType
{
    /// <summary>App registered in any tenant; outbound tokens from the botframework.com tenant (the SDK default).</summary>
    MultiTenant,

    /// <summary>App registered in one tenant (<c>MicrosoftAppTenantId</c>); outbound tokens from that tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity (<c>MicrosoftAppId</c> = its client id); no password.</summary>
    UserAssignedMSI,
}
