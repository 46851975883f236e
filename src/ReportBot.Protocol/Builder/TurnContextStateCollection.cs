namespace ReportBot.Protocol.Builder;

/// <summary>Per-turn values keyed by name (or by type full name), as in the SDK.</summary>
public class TurnContextStateCollection : Dictionary<string, object>
{
    public TurnContextStateCollection()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>The value under <paramref name="key"/>, or default when absent or of another type.</summary>
    public T? Get<T>(string key) =>
        TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>The value keyed by <typeparamref name="T"/>'s full name.</summary>
    public T? Get<T>() => Get<T>(KeyOf<T>());

    /// <summary>Adds a value; throws when the key exists.</summary>
    public void Add<T>(string key, T value)
        where T : notnull => base.Add(key, value);

    public void Add<T>(T value)
        where T : notnull => Add(KeyOf<T>(), value);

    /// <summary>Adds or replaces a value.</summary>
    public void Set<T>(string key, T value)
        where T : notnull => this[key] = value;

    public void Set<T>(T value)
        where T : notnull => Set(KeyOf<T>(), value);

    private static string KeyOf<T>() => typeof(T).FullName ?? typeof(T).Name;
}
