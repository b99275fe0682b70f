namespace ProtectHub.Core.Sharing;

/// <summary>
/// The Traffic Light Protocol 2.0 (FIRST): how far what is marked may be shared. Chosen explicitly every time, never
/// defaulted. Lessons and advisories carry it.
/// </summary>
public enum TlpMarking
{
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}

public static class Tlp
{
    /// <summary>The label exactly as FIRST writes it: TLP:AMBER+STRICT.</summary>
    public static string Label(TlpMarking marking) => marking switch
    {
        TlpMarking.Clear => "TLP:CLEAR",
        TlpMarking.Green => "TLP:GREEN",
        TlpMarking.Amber => "TLP:AMBER",
        TlpMarking.AmberStrict => "TLP:AMBER+STRICT",
        _ => "TLP:RED",
    };

    /// <summary>What the marking allows, in words (the text alternative to the colour).</summary>
    public static string Meaning(TlpMarking marking) => marking switch
    {
        TlpMarking.Clear => "Disclosure is not limited",
        TlpMarking.Green => "Limited disclosure: the recipient's community",
        TlpMarking.Amber => "Limited disclosure: the recipient's organisation and its clients, on a need-to-know basis",
        TlpMarking.AmberStrict => "Limited disclosure: the recipient's organisation only",
        _ => "For the eyes and ears of individual recipients only",
    };

    /// <summary>FIRST's colour for the label's text, on black.</summary>
    public static string Colour(TlpMarking marking) => marking switch
    {
        TlpMarking.Clear => "#FFFFFF",
        TlpMarking.Green => "#33FF00",
        TlpMarking.Red => "#FF2B2B",
        _ => "#FFC000",
    };
}
