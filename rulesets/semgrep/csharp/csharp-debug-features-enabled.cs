var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    // ok: csharp-debug-features-enabled
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/error");
}

// ruleid: csharp-debug-features-enabled
app.UseDeveloperExceptionPage();

builder.Services.AddDbContext<AppDb>(o =>
    // ruleid: csharp-debug-features-enabled
    o.UseNpgsql(cs).EnableSensitiveDataLogging());
