using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Advisories;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Advisories;

/// <summary>Writing an advisory, from nothing or from a STIX bundle made elsewhere (which fills the form to complete).</summary>
[RequestSizeLimit(StixImport.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = StixImport.MaxBytes + 1024 * 1024)]
public sealed class NewModel(AdvisoryWriting writing) : AdvisoryFormModel
{
    /// <summary>After an import: how many indicators it gave, and what it kept aside (by id and type).</summary>
    public int? ImportedIndicators { get; private set; }

    public IReadOnlyList<string> KeptAside { get; private set; } = [];

    /// <summary>Why a bundle was refused, one line an object.</summary>
    public IReadOnlyList<string> BundleProblems { get; private set; } = [];

    public void OnGet()
    {
    }

    /// <summary>Reads a STIX 2.1 (or 2.0) bundle into the form: nothing is saved until the officer saves the draft.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? bundle)
    {
        ModelState.Clear(); // Only the file is posted: the form's fields are filled from it.
        if (bundle is null || bundle.Length == 0)
        {
            ModelState.AddModelError("Bundle", "Select a STIX bundle: a .json file exported from MISP, OpenCTI or a feed");
            return Page();
        }

        if (bundle.Length > StixImport.MaxBytes)
        {
            ModelState.AddModelError("Bundle", "The bundle must be smaller than 50 MB");
            return Page();
        }

        await using var stream = bundle.OpenReadStream();
        var result = await StixImport.ReadAsync(stream, HttpContext.RequestAborted);
        if (result.Form is null)
        {
            // The summary says how many; the list under the file box names each object and what is wrong with it.
            BundleProblems = result.Errors;
            ModelState.AddModelError("Bundle", result.Errors.Count == 1 ? result.Errors[0] : $"The bundle has {result.Errors.Count} problems, listed under the file box: nothing was filled");
            return Page();
        }

        Fill(result.Form);
        (ImportedIndicators, KeptAside) = (result.Indicators, result.KeptAside);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (advisory, errors) = await writing.CreateAsync(Form, Me, MyName);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || advisory is null)
        {
            return Page();
        }

        TempData["Success"] = $"Draft {advisory.Reference} saved";
        return Redirect(Links.Advisory(advisory.Id));
    }
}
