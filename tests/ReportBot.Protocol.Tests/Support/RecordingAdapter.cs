using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Tests.Support;

/// <summary>An in-memory adapter (like the SDK's TestAdapter) that records what the bot sends.</summary>
internal sealed class RecordingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    public async Task<TurnContext> ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken = default)
    {
        var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        return context;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                turnContext.TurnState[InvokeResponseKey] = activity;
            }
            else
            {
                Sent.Add(activity);
            }

            responses.Add(new ResourceResponse($"sent-{Sent.Count}"));
        }

        return Task.FromResult(responses.ToArray());
    }
}
