using System.Text;
using ReportBot.Cli;
using ReportBot.Hosting;

Console.OutputEncoding = Encoding.UTF8;

// Verbs (ask, index, eval, teams-package) run and exit; with no verb the program serves the bot.
if (Commands.IsCommand(args)) return await Commands.RunAsync(args, Console.Out, Console.Error);

// The bot: index, state, protocol, chat page and endpoints (see Hosting/ReportBotApp.cs).
return await HostRunner.RunAsync(args);
