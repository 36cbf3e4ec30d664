using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Krat.Documents.Tests.TestSupport;

/// <summary>Checks a package against the Open XML schemas and semantics (Office 2019 rules).</summary>
public static class OpenXmlAssert
{
    public static void Valid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
