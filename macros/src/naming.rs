//! Turns reason phrases into Rust identifiers.

/// The UpperCamelCase variant name for a title: apostrophes are dropped,
/// other punctuation separates words, and each word is capitalised with the
/// rest lower-cased (`I'm a teapot` → `ImATeapot`, `HTTP Version Not
/// Supported` → `HttpVersionNotSupported`).
pub fn variant_name(title: &str) -> Result<String, String> {
    if let Some(bad) = title.chars().find(|c| !c.is_ascii()) {
        return Err(format!(
            "title `{title}` contains `{bad}`; titles must be ASCII to become a Rust variant name"
        ));
    }
    let mut name = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .map(|word| word.replace('\'', ""))
    {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    match name.chars().next() {
        None => Err(format!(
            "title `{title}` has no letters or digits to make a Rust variant name from"
        )),
        Some(first) if first.is_ascii_digit() => Err(format!(
            "title `{title}` gives the variant name `{name}`, which starts with a digit; \
             start the title with a letter"
        )),
        Some(_) if name == "Self" => Err(format!(
            "title `{title}` gives the variant name `Self`, a Rust keyword; choose another title"
        )),
        Some(_) => Ok(name),
    }
}

#[cfg(test)]
mod tests {
    use super::variant_name;

    #[test]
    fn converts_iana_phrases() {
        for (title, expected) in [
            ("No Content", "NoContent"),
            ("I'm a teapot", "ImATeapot"),
            ("HTTP Version Not Supported", "HttpVersionNotSupported"),
            (
                "Non-Authoritative Information",
                "NonAuthoritativeInformation",
            ),
            ("IM Used", "ImUsed"),
            ("OK", "Ok"),
            ("(Unused)", "Unused"),
            ("Multi-Status", "MultiStatus"),
        ] {
            assert_eq!(variant_name(title).as_deref(), Ok(expected), "{title}");
        }
    }

    #[test]
    fn rejects_titles_without_a_valid_identifier() {
        assert!(variant_name("---").unwrap_err().contains("no letters"));
        assert!(variant_name("404 Thing")
            .unwrap_err()
            .contains("starts with a digit"));
        assert!(variant_name("Café").unwrap_err().contains("ASCII"));
        assert!(variant_name("self").unwrap_err().contains("keyword"));
    }
}
