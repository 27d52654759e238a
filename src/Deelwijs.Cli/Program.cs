using Deelwijs.Cli.Hosting;

return CliApp.Run(args);
