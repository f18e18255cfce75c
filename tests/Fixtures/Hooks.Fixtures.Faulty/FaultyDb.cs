using Microsoft.EntityFrameworkCore;

namespace Hooks.Fixtures.Faulty;

public sealed class FaultyDb(DbContextOptions<FaultyDb> options) : DbContext(options);
