namespace Krat.Demo.History;

/// <summary>Plausible Albanian names (with their diacritics) for generated people, schools and organisations.</summary>
internal static class AlbanianNames
{
    public static readonly string[] WomenGivenNames =
    [
        "Elira", "Ermira", "Genta", "Jonida", "Klodiana", "Mirela", "Nertila", "Orjana", "Rezarta", "Teuta",
        "Valbona", "Xhensila", "Zamira", "Blerina", "Drita", "Entela", "Fjorela", "Lindita", "Mimoza", "Suela",
        "Anila", "Brunilda", "Dorina", "Eglantina", "Manjola", "Rovena", "Arjola", "Albana", "Ëmbëlsira", "Shpresa",
    ];

    public static readonly string[] MenGivenNames =
    [
        "Arbër", "Besnik", "Dritan", "Fatjon", "Gëzim", "Ilir", "Ledio", "Përparim", "Sokol", "Ylli",
        "Çlirim", "Agron", "Bledar", "Erion", "Flamur", "Gentian", "Kastriot", "Lulzim", "Mentor", "Olsi",
        "Qemal", "Rexhep", "Shkëlqim", "Tomorr", "Artan", "Edmond", "Klajdi", "Nikolin", "Ardit", "Erjon",
    ];

    public static readonly string[] FamilyNames =
    [
        "Hoxha", "Shehu", "Çela", "Dervishi", "Gjoka", "Lleshi", "Meçe", "Përmeti", "Zeneli", "Kola",
        "Marku", "Toska", "Bregu", "Dibra", "Muça", "Qosja", "Xhaferi", "Sula", "Bërxolli", "Koçi",
        "Prifti", "Ziu", "Gjini", "Kurti", "Hysa", "Bajraktari", "Çako", "Dushku", "Frashëri", "Gjonaj",
        "Hasani", "Isufi", "Kërçiku", "Laçi", "Mëhilli", "Nika", "Osmani", "Pëllumbi", "Rrapaj", "Spahiu",
    ];

    public static readonly string[] SchoolPatrons =
    [
        "Naim Frashëri", "Sami Frashëri", "Ismail Qemali", "Asim Vokshi", "Hasan Prishtina", "Ndre Mjeda",
        "Migjeni", "Fan Noli", "Petro Nini Luarasi", "Nënë Tereza", "Bajram Curri", "Çajupi",
        "Jeronim De Rada", "Aleksandër Xhuvani", "Lasgush Poradeci", "Dëshmorët e Kombit",
    ];

    public static readonly string[] SocialCentres =
    [
        "Ardhmëria", "Jeta e Re", "Hapa të Lehtë", "Zëri i Fëmijëve", "Së Bashku", "Shpresë për Nesër",
        "Dritë për Fëmijët", "Një Derë e Hapur", "Ura e Jetës", "Ëndrrat e Vogla",
    ];
}
