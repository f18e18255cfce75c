var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapPost("/hooks/{source}", () => Results.StatusCode(StatusCodes.Status202Accepted));
app.Run();
