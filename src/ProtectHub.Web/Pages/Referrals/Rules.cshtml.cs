using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Victims;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Referrals;

/// <summary>A coordinator's rules for the region: priority points, the service level, attempts and retention.</summary>
public sealed class RulesModel(ReferralRuleBook ruleBook, ProtectHub.Core.Data.RecordChanges changes) : PageModel
{
    /// <summary>The version of the rules the form was filled from: another coordinator's save is shown, not overwritten.</summary>
    [BindProperty]
    public long Version { get; set; }

    public ProtectHub.Web.Records.EditConflict? Conflict { get; private set; }

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public List<string> PriorityOffences { get; set; } = [];

    public IReadOnlyList<SelectListItem> Offences { get; } = Enum.GetValues<OffenceCategory>().Select(c => new SelectListItem(VictimNames.Of(c), c.ToString())).ToList();

    /// <summary>The numbers a coordinator sets, with their labels, in the order shown.</summary>
    public static IReadOnlyList<(string Name, string Label)> Numbers { get; } =
    [
        (nameof(ReferralRules.FirstContactWorkingDays), "First contact due within (working days)"),
        (nameof(ReferralRules.AttemptsBeforeUncontactable), "Failed attempts before a referral may be closed as uncontactable"),
        (nameof(ReferralRules.RetentionMonths), "Months after closure before personal details are removed"),
        (nameof(ReferralRules.OlderVictimAge), "Older victim age"),
        (nameof(ReferralRules.OlderVictimPoints), "Points: older victim"),
        (nameof(ReferralRules.ChildVictimPoints), "Points: victim under 18"),
        (nameof(ReferralRules.VulnerableFlagPoints), "Points: flagged vulnerable"),
        (nameof(ReferralRules.HighLossAmount), "High loss amount (£)"),
        (nameof(ReferralRules.HighLossPoints), "Points: high loss"),
        (nameof(ReferralRules.LossAmount), "Loss amount (£)"),
        (nameof(ReferralRules.LossPoints), "Points: loss"),
        (nameof(ReferralRules.RepeatVictimPoints), "Points: repeat victim"),
        (nameof(ReferralRules.OrganisationPoints), "Points: organisation victim"),
        (nameof(ReferralRules.PriorityOffencePoints), "Points: priority offence"),
    ];

    public async Task OnGetAsync()
    {
        var rules = await ruleBook.RulesAsync();
        Values = Numbers.ToDictionary(n => n.Name, n => (string?)Convert.ToString(typeof(ReferralRules).GetProperty(n.Name)!.GetValue(rules), CultureInfo.InvariantCulture));
        PriorityOffences = rules.PriorityOffences.Select(o => o.ToString()).ToList();
        Version = rules.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var rules = await ruleBook.RulesAsync();
        if (rules.Version != Version)
        {
            // Someone saved the rules since this form was filled: show theirs beside these, save nothing.
            var theirs = Numbers.Select(n => (n.Label, Text: Convert.ToString(typeof(ReferralRules).GetProperty(n.Name)!.GetValue(rules), CultureInfo.InvariantCulture) ?? ""))
                .Append(("Priority offences", string.Join(", ", rules.PriorityOffences.Select(o => o.ToString()).Order(StringComparer.Ordinal))));
            var yours = Numbers.Select(n => Values.GetValueOrDefault(n.Name)?.Trim() ?? "")
                .Append(string.Join(", ", PriorityOffences.Order(StringComparer.Ordinal)));
            var differences = theirs.Zip(yours, (t, y) => new ProtectHub.Web.Records.EditConflict.Difference(t.Item1, t.Item2, y))
                .Where(d => d.Theirs != d.Yours).ToList();
            var (by, at) = await changes.WhoChangedAsync(rules);
            Conflict = new ProtectHub.Web.Records.EditConflict(by, at, differences);
            Version = rules.Version;
            return Page();
        }

        foreach (var (name, label) in Numbers)
        {
            var property = typeof(ReferralRules).GetProperty(name)!;
            var text = Values.GetValueOrDefault(name)?.Trim() ?? "";
            if (property.PropertyType == typeof(decimal) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                property.SetValue(rules, amount);
            }
            else if (property.PropertyType == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                property.SetValue(rules, number);
            }
            else
            {
                ModelState.AddModelError($"Values[{name}]", $"Enter a number for '{label}'");
            }
        }

        rules.PriorityOffences = PriorityOffences.Select(o => Enum.TryParse<OffenceCategory>(o, out var c) ? c : (OffenceCategory?)null).OfType<OffenceCategory>().ToList();
        if (ModelState.IsValid)
        {
            foreach (var error in await ruleBook.SaveRulesAsync(rules))
            {
                var key = Numbers.Any(n => n.Name == error.Field) ? $"Values[{error.Field}]" : $"Values[{Numbers[4].Name}]";
                ModelState.AddModelError(key, error.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Rules saved; open referrals have been re-scored";
        return Redirect("/referrals/rules");
    }
}
