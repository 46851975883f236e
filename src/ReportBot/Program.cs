using System.Text;
using ReportBot.Cli;

Console.OutputEncoding = Encoding.UTF8;

// Verbs (ask, index, eval, teams-package) run and exit; with no verb the program serves the bot.
if (Commands.IsCommand(args)) return await Commands.RunAsync(args, Console.Out, Console.Error);

Console.Error.WriteLine("Serving the bot comes with the host; use a verb meanwhile.\n\n" + Commands.Usage);
return 2;
