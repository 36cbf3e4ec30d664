using Krat.Documents.Attachments;
using Krat.Documents.Import;
using Krat.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Krat.Documents;

/// <summary>Registers Krat's documents, imports and attachments next to <c>AddKrat</c>.</summary>
public static class KratDocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="FileSystemAttachmentStore"/> in <paramref name="attachmentsFolder"/> (unless the host
    /// registered its own <see cref="IAttachmentStore"/>), <see cref="AttachmentService"/> and
    /// <see cref="SpreadsheetImporter"/> (scoped, on the <see cref="KratDbContext"/> of the request). Reads no
    /// configuration: the host passes the folder and, when it wants others, the limits.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="attachmentsFolder">The folder that keeps attached files; outside the web root.</param>
    /// <param name="importLimits">The import limits; <see cref="ImportLimits.Default"/> when <see langword="null"/>.</param>
    /// <param name="maxAttachmentBytes">The largest attachment accepted.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddKratDocuments(this IServiceCollection services, string attachmentsFolder, ImportLimits? importLimits = null, long maxAttachmentBytes = AttachmentService.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(attachmentsFolder);
        services.TryAddSingleton<IAttachmentStore>(_ => new FileSystemAttachmentStore(attachmentsFolder));
        services.TryAddScoped(sp => new AttachmentService(sp.GetRequiredService<KratDbContext>(), sp.GetRequiredService<IAttachmentStore>(), sp.GetRequiredService<IClock>()) { MaxBytes = maxAttachmentBytes });
        services.TryAddScoped(sp => new SpreadsheetImporter(sp.GetRequiredService<KratDbContext>(), sp.GetRequiredService<IClock>(), importLimits));
        return services;
    }
}
