using Vetting.Service.Cli;

return await VettingCommandLine.Build().Parse(args).InvokeAsync();
