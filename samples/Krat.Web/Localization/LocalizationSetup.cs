using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Krat.Web.Localization;

/// <summary>Languages of the site: Albanian first (sq-AL, the default), English second.</summary>
public static class LocalizationSetup
{
    /// <summary>The default culture.</summary>
    public const string Albanian = "sq-AL";

    /// <summary>The second culture.</summary>
    public const string English = "en";

    /// <summary>Cultures a visitor can choose, in the order the switch shows them.</summary>
    public static IReadOnlyList<string> Cultures { get; } = [Albanian, English];

    /// <summary>
    /// Registers the .resx localizer, localized validation messages and the request culture: the culture
    /// cookie, set by the switch in the header, else Albanian. The browser's Accept-Language is ignored on
    /// purpose so that the site opens in Albanian; add AcceptLanguageHeaderRequestCultureProvider if you prefer.
    /// </summary>
    public static IServiceCollection AddKratLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Albanian);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        // Albanian letters (ë, ç) are written as they are, not as &#xEB; (output is still HTML-encoded).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings =
            new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation));

        // Messages of model binding (e.g. "The value 'x' is not valid") in the visitor's language.
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var texts = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(value => texts["Validation.ValueIsInvalid", value]);
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => texts["Validation.AttemptedValueIsInvalid", value, field]);
            messages.SetValueMustBeANumberAccessor(field => texts["Validation.ValueMustBeANumber", field]);
            messages.SetMissingBindRequiredValueAccessor(field => texts["Validation.Required", field]);
            messages.SetValueMustNotBeNullAccessor(field => texts["Validation.Required", field]);
            messages.SetMissingKeyOrValueAccessor(() => texts["Validation.RequiredValue"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => texts["Validation.NumberRequired"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => texts["Validation.ValueIsInvalid", value]);
            messages.SetUnknownValueIsInvalidAccessor(field => texts["Validation.UnknownValueIsInvalid", field]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => texts["Validation.InvalidValue"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => texts["Validation.RequiredValue"]);
        });
        return services;
    }

    /// <summary>The two-letter language of the current request, for the <c>lang</c> attribute ("sq" or "en").</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
