//! `http_status!(204)` → `<crate>::StatusCode::NoContent`.
//!
//! This runs at every call site, so it stays small: no syn parsing, no
//! quote, one binary search in the table compiled in by `build.rs`. The variant identifier
//! carries the literal's span, which lets IDEs show the variant's docs when
//! hovering the number.

use crate::catalog::Known;
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// Expands `<crate path> ; <argument tokens>`.
pub fn expand(input: TokenStream, known: &[Known]) -> TokenStream {
    let mut tokens = input.into_iter();
    let mut crate_path = Vec::new();
    for token in tokens.by_ref() {
        match &token {
            TokenTree::Punct(punct) if punct.as_char() == ';' => break,
            _ => crate_path.push(token),
        }
    }
    let argument: Vec<TokenTree> = tokens.collect();
    match resolve(&argument, known) {
        Ok(ident) => {
            let mut path: TokenStream = crate_path.into_iter().collect();
            path.extend(path_separator());
            path.extend([TokenTree::Ident(Ident::new(
                "StatusCode",
                Span::call_site(),
            ))]);
            path.extend(path_separator());
            path.extend([TokenTree::Ident(ident)]);
            path
        }
        Err(error) => error.into_compile_error(),
    }
}

/// An error spanning the tokens from `start` to `end`.
#[derive(Debug)]
pub struct ArgumentError {
    pub start: Span,
    pub end: Span,
    pub message: String,
}

impl ArgumentError {
    fn new(tokens: &[TokenTree], message: String) -> Self {
        let start = tokens.first().map_or_else(Span::call_site, TokenTree::span);
        let end = tokens.last().map_or(start, TokenTree::span);
        ArgumentError {
            start,
            end,
            message,
        }
    }

    /// `::core::compile_error! { "..." }`, with the path spanned at the
    /// first token and the braces at the last, so the compiler underlines
    /// the whole argument.
    fn into_compile_error(self) -> TokenStream {
        let mut out: TokenStream = path_separator_at(self.start).into_iter().collect();
        out.extend([TokenTree::Ident(Ident::new("core", self.start))]);
        out.extend(path_separator_at(self.start));
        out.extend([TokenTree::Ident(Ident::new("compile_error", self.start))]);
        let mut bang = Punct::new('!', Spacing::Alone);
        bang.set_span(self.end);
        let mut message = Literal::string(&self.message);
        message.set_span(self.end);
        let mut group = Group::new(
            Delimiter::Brace,
            TokenStream::from(TokenTree::Literal(message)),
        );
        group.set_span(self.end);
        out.extend([TokenTree::Punct(bang), TokenTree::Group(group)]);
        out
    }
}

fn path_separator() -> [TokenTree; 2] {
    path_separator_at(Span::call_site())
}

fn path_separator_at(span: Span) -> [TokenTree; 2] {
    let mut first = Punct::new(':', Spacing::Joint);
    first.set_span(span);
    let mut second = Punct::new(':', Spacing::Alone);
    second.set_span(span);
    [TokenTree::Punct(first), TokenTree::Punct(second)]
}

/// The variant identifier for the argument, spanned at the literal.
pub fn resolve(argument: &[TokenTree], known: &[Known]) -> Result<Ident, ArgumentError> {
    // A literal forwarded through another macro's `$code:expr` arrives wrapped
    // in an invisible group.
    if let [TokenTree::Group(group)] = argument {
        if group.delimiter() == Delimiter::None {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            return resolve(&inner, known);
        }
    }
    let literal = match argument {
        [] => {
            return Err(ArgumentError::new(
                argument,
                "expected a status code, e.g. `http_status!(204)`".to_owned(),
            ))
        }
        [TokenTree::Literal(literal)] => literal,
        [TokenTree::Literal(_), TokenTree::Punct(comma)] if comma.as_char() == ',' => {
            return Err(ArgumentError::new(
                &argument[1..],
                "unexpected trailing comma: `http_status!` takes exactly one status code"
                    .to_owned(),
            ))
        }
        _ => return Err(describe_wrong_argument(argument, known)),
    };
    let code = parse_code(literal).map_err(|message| ArgumentError::new(argument, message))?;
    let found = u16::try_from(code).ok().and_then(|code| {
        known
            .binary_search_by_key(&code, |&(known, _, _)| known)
            .ok()
    });
    match found {
        Some(index) => Ok(Ident::new(known[index].1, literal.span())),
        None => Err(ArgumentError::new(
            argument,
            unknown_code_message(&literal.to_string(), code, known),
        )),
    }
}

/// Accepts only plain decimal integers such as `204`.
fn parse_code(literal: &Literal) -> Result<u128, String> {
    let text = literal.to_string();
    let first = text.chars().next().unwrap_or(' ');
    if !first.is_ascii_digit() {
        let kind = match first {
            '"' | 'r' => "a string literal",
            '\'' => "a character literal",
            'b' | 'c' => "a byte or C string literal",
            _ => "a literal that is not an integer",
        };
        // `"204"` most likely meant `204`; otherwise show the shape.
        let suggestion = text
            .trim_matches(|c: char| !c.is_ascii_digit())
            .parse::<u16>()
            .map_or_else(
                |_| "a number, e.g. `http_status!(204)`".to_owned(),
                |n| format!("`http_status!({n})`"),
            );
        return Err(format!(
            "expected an integer status code, found {kind}: write {suggestion}"
        ));
    }
    if text.chars().all(|c| c.is_ascii_digit()) {
        // Digits beyond u128 are an unknown code too: saturate, and let the
        // message quote the literal as written.
        return Ok(text.parse::<u128>().unwrap_or(u128::MAX));
    }
    Err(format!(
        "expected a plain decimal status code such as `204`, found `{text}`; \
         suffixes, underscores, floats and hex, octal or binary forms are not accepted"
    ))
}

fn describe_wrong_argument(argument: &[TokenTree], known: &[Known]) -> ArgumentError {
    let first_comma = argument
        .iter()
        .position(|token| matches!(token, TokenTree::Punct(p) if p.as_char() == ','));
    if let Some(comma) = first_comma {
        // Point at what follows the first comma (the comma itself if last).
        let rest = &argument[(comma + 1).min(argument.len() - 1)..];
        return ArgumentError::new(
            rest,
            "expected exactly one status code, found more than one argument".to_owned(),
        );
    }
    // A variant name anywhere in the argument (`NoContent`,
    // `StatusCode::NoContent`) gets a hint with its number.
    let variant_hint = argument.iter().rev().find_map(|token| match token {
        TokenTree::Ident(ident) => known.iter().find(|&&(_, variant, _)| ident == variant),
        _ => None,
    });
    let hint = variant_hint.map_or_else(String::new, |&(code, variant, _)| {
        format!(
            "; for `StatusCode::{variant}` write `http_status!({code})` or use the path directly"
        )
    });
    match argument {
        [TokenTree::Punct(minus), TokenTree::Literal(_)] if minus.as_char() == '-' => {
            ArgumentError::new(argument, "status codes are positive: remove the `-`".to_owned())
        }
        [TokenTree::Ident(ident)] if variant_hint.is_none() => ArgumentError::new(
            argument,
            format!(
                "expected an integer status code, found identifier `{ident}`; \
                 the macro needs the number itself, as constants are not known when it expands"
            ),
        ),
        [TokenTree::Ident(ident)] => ArgumentError::new(
            argument,
            format!("expected an integer status code, found identifier `{ident}`{hint}"),
        ),
        _ => ArgumentError::new(
            argument,
            format!(
                "expected a single integer literal such as `204`; expressions and paths are not accepted{hint}"
            ),
        ),
    }
}

/// Names the code and the nearest known codes below and above it.
fn unknown_code_message(written: &str, code: u128, known: &[Known]) -> String {
    let below = known
        .iter()
        .rev()
        .find(|&&(known, _, _)| u128::from(known) < code);
    let above = known
        .iter()
        .find(|&&(known, _, _)| u128::from(known) > code);
    let describe = |&(code, _, title): &Known| format!("{code} ({title})");
    let nearest = match (below, above) {
        (Some(below), Some(above)) => format!(
            "the nearest known codes are {} and {}",
            describe(below),
            describe(above)
        ),
        (Some(only), None) | (None, Some(only)) => {
            format!("the nearest known code is {}", describe(only))
        }
        (None, None) => "no status codes are known".to_owned(),
    };
    let range = if (100..=599).contains(&code) {
        ""
    } else {
        " (status codes are three digits, 100 to 599)"
    };
    format!("unknown HTTP status code `{written}`{range}; {nearest}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::KNOWN;
    use std::str::FromStr;

    fn expand_str(argument: &str) -> String {
        let input = TokenStream::from_str(&format!("krate ; {argument}")).unwrap();
        expand(input, KNOWN).to_string()
    }

    fn error_of(argument: &str) -> String {
        let tokens: Vec<TokenTree> = TokenStream::from_str(argument)
            .unwrap()
            .into_iter()
            .collect();
        resolve(&tokens, KNOWN).unwrap_err().message
    }

    #[test]
    fn known_code_expands_to_the_variant_path() {
        assert_eq!(expand_str("204"), "krate :: StatusCode :: NoContent");
        assert_eq!(expand_str("418"), "krate :: StatusCode :: ImATeapot");
    }

    #[test]
    fn invisible_groups_from_other_macros_are_unwrapped() {
        let group = Group::new(Delimiter::None, TokenStream::from_str("200").unwrap());
        let ident = resolve(&[TokenTree::Group(group)], KNOWN).unwrap();
        assert_eq!(ident.to_string(), "Ok");
    }

    #[test]
    fn unknown_codes_suggest_neighbours() {
        assert_eq!(
            error_of("299"),
            "unknown HTTP status code `299`; the nearest known codes are 226 (IM Used) and 300 (Multiple Choices)"
        );
        assert!(error_of("0").ends_with(
            "(status codes are three digits, 100 to 599); the nearest known code is 100 (Continue)"
        ));
        assert!(error_of("1000").contains("nearest known code is 599"));
        assert!(error_of("340282366920938463463374607431768211456")
            .starts_with("unknown HTTP status code"));
    }

    #[test]
    fn wrong_argument_shapes_are_explained() {
        assert!(error_of("").starts_with("expected a status code"));
        assert!(error_of("\"204\"").contains("found a string literal: write `http_status!(204)`"));
        assert!(error_of("NoContent").contains("write `http_status!(204)`"));
        assert!(error_of("StatusCode::NoContent").contains("write `http_status!(204)`"));
        assert!(error_of("CODE").contains("constants are not known"));
        assert!(error_of("200, 204").contains("more than one argument"));
        assert!(error_of("204,").contains("trailing comma"));
        assert!(error_of("-204").contains("positive"));
        assert!(error_of("200 + 4").contains("expressions and paths"));
        assert!(error_of("0xCC").contains("plain decimal"));
        assert!(error_of("204u16").contains("plain decimal"));
        assert!(error_of("2_04").contains("plain decimal"));
    }

    #[test]
    fn errors_become_a_compile_error_invocation() {
        let out = expand_str("299");
        assert!(out.starts_with(":: core :: compile_error ! {"), "{out}");
    }
}
