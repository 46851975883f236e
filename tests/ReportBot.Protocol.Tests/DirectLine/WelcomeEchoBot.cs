using System.Collections.Concurrent;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>
/// The test bot: welcomes added members, answers "echo: {text}", throws on "throw", and on "wait" holds its turn
/// until <see cref="Release"/>. Records every activity it receives.
/// </summary>
internal sealed class WelcomeEchoBot : ActivityHandler
{
    public const string Welcome = "欢迎！Ask me about the report.";

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<Activity> Received { get; } = new();

    /// <summary>Completes when a "wait" turn is holding.</summary>
    public Task Waiting => _waiting.Task;

    public void Release() => _gate.TrySetResult();

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Received.Enqueue(turnContext.Activity);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (text == "throw")
        {
            throw new InvalidOperationException("the test bot was told to throw");
        }

        if (text == "wait")
        {
            _waiting.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
        }

        await turnContext.SendActivityAsync($"echo: {text}", cancellationToken: cancellationToken);
    }
}
