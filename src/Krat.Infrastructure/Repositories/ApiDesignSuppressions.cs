using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Scope = "namespaceanddescendants",
    Target = "~N:Krat.Infrastructure.Repositories",
    Justification = "The repositories implement Ardalis.Specification's IRepositoryBase<T> and IReadRepositoryBase<T>, whose overloads each end in an optional CancellationToken; the shape is the interface's, not ours.")]
