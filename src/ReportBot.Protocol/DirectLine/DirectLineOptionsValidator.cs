using Microsoft.Extensions.Options;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Checks <see cref="DirectLineOptions"/> at start; each failure names its configuration key.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    private const string Section = DirectLineOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        if (options.Secret is { } secret && secret.Trim().Length < 16)
        {
            failures.Add($"{Section}:Secret must be at least 16 characters (or unset, to allow token generation from this machine only).");
        }

        if (options.TokenSigningKey is { } key && key.Trim().Length < 32)
        {
            failures.Add($"{Section}:TokenSigningKey must be at least 32 characters (or unset, for a random key per process).");
        }

        Between(failures, nameof(options.TokenLifetime), options.TokenLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        Between(failures, nameof(options.ConversationIdleTimeout), options.ConversationIdleTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromDays(7));
        Positive(failures, nameof(options.MaxConversations), options.MaxConversations);
        Positive(failures, nameof(options.MaxHistoryPerConversation), options.MaxHistoryPerConversation);
        Positive(failures, nameof(options.MaxHistoryBytesPerConversation), options.MaxHistoryBytesPerConversation);
        Positive(failures, nameof(options.MaxTotalHistoryBytes), options.MaxTotalHistoryBytes);
        Positive(failures, nameof(options.MaxActivityBytes), options.MaxActivityBytes);
        Positive(failures, nameof(options.PageSize), options.PageSize);
        Positive(failures, nameof(options.TokenRequestsPerMinute), options.TokenRequestsPerMinute);
        Positive(failures, nameof(options.ActivitiesPerMinute), options.ActivitiesPerMinute);
        if (string.IsNullOrWhiteSpace(options.BotId))
        {
            failures.Add($"{Section}:BotId must not be empty.");
        }

        foreach (var origin in options.AllowedOrigins ?? [])
        {
            if (!DirectLineCors.IsValidOrigin(origin))
            {
                failures.Add($"{Section}:AllowedOrigins has \"{origin}\", which is not an origin such as https://example.com.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, long value)
    {
        if (value <= 0)
        {
            failures.Add($"{Section}:{key} must be greater than 0.");
        }
    }

    private static void Between(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Section}:{key} must be between {min} and {max}.");
        }
    }
}
