//! Properties over every code, every framework and arbitrary input.

use httpstatuses::{ErrorKind, Framework, Status, StatusClass, StatusCode};
use proptest::prelude::*;

#[test]
fn display_and_from_str_round_trip_for_every_code() {
    for &status in StatusCode::ALL {
        let title = status.title();
        let forms = [
            status.to_string(),
            status.code().to_string(),
            title.to_owned(),
            title.to_ascii_lowercase(),
            title.to_ascii_uppercase(),
            format!("  {} {}  ", status.code(), title.to_ascii_lowercase()),
        ];
        for form in forms {
            assert_eq!(form.parse::<StatusCode>(), Ok(status), "{form:?}");
            assert_eq!(
                form.parse::<Status>(),
                Ok(Status::Known(status)),
                "{form:?}"
            );
        }
        assert_eq!(
            status.to_string().parse::<Status>().map(|s| s.to_string()),
            Ok(status.to_string())
        );
    }
}

#[test]
fn from_str_errors_say_what_was_wrong() {
    let error = |text: &str| text.parse::<StatusCode>().unwrap_err();
    assert_eq!(error("").kind(), ErrorKind::Empty);
    assert_eq!(error("299").kind(), ErrorKind::UnknownCode);
    assert_eq!(
        error("299").to_string(),
        "`299` is not a known HTTP status code"
    );
    assert_eq!(
        error("204 No Contents").kind(),
        ErrorKind::PhraseMismatch(StatusCode::NoContent)
    );
    assert_eq!(
        error("204 No Contents").to_string(),
        "`204 No Contents` does not match: the reason phrase of 204 is `No Content`"
    );
    assert_eq!(error("Nope").kind(), ErrorKind::Unrecognized);
    assert!(error("Nope")
        .to_string()
        .starts_with("`Nope` is not an HTTP status"));
    let long = "x".repeat(100);
    assert!(error(&long)
        .to_string()
        .contains(&format!("`{}…`", "x".repeat(48))));
    assert!(error(&"é".repeat(40)).to_string().contains("…"));
    // Peers may send any reason phrase: `Status` ignores it, `StatusCode` does not.
    assert_eq!(
        "200 Okay".parse::<Status>(),
        Ok(Status::Known(StatusCode::Ok))
    );
    assert_eq!("299 Whatever".parse::<Status>().map(|s| s.code()), Ok(299));
    assert_eq!(
        "1000".parse::<Status>().unwrap_err().kind(),
        ErrorKind::UnknownCode
    );
}

#[test]
fn status_is_lossless_for_every_u16() {
    for code in 0..=u16::MAX {
        let status = Status::from_code(code);
        assert_eq!(status.is_some(), (100..=999).contains(&code), "{code}");
        assert_eq!(Status::try_from(code).ok(), status);
        let Some(status) = status else { continue };
        assert_eq!(status.code(), code);
        assert_eq!(u16::from(status), code);
        assert_eq!(status.known(), StatusCode::from_code(code));
        assert_eq!(status.class(), StatusClass::of(code));
        assert_eq!(
            StatusCode::try_from(status).ok(),
            StatusCode::from_code(code)
        );
        let text = status.to_string();
        assert_eq!(text.parse::<Status>(), Ok(status), "{text}");
    }
}

#[test]
fn reference_round_trips_for_every_code_and_framework() {
    let mut names = 0;
    for &framework in Framework::ALL {
        for &status in StatusCode::ALL {
            if let Some(name) = status.reference(framework) {
                names += 1;
                assert_eq!(StatusCode::from_reference(framework, name), Some(status));
                // Exact match only.
                assert_eq!(
                    StatusCode::from_reference(framework, &format!(" {name}")),
                    None
                );
            }
        }
    }
    assert!(names > 300, "{names}");
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_the_parsers(text in any::<String>()) {
        let code = text.parse::<StatusCode>();
        let status = text.parse::<Status>();
        // Whatever `StatusCode` accepts, `Status` accepts as the same code.
        if let Ok(code) = code {
            prop_assert_eq!(status, Ok(Status::Known(code)));
        }
        for &framework in Framework::ALL {
            let _ = StatusCode::from_reference(framework, &text);
        }
        let _ = Framework::from_name(&text);
    }

    #[test]
    fn status_lines_parse_by_their_code(code in 0u16..1100, phrase in "[ -~]{0,30}") {
        let line = format!("{code} {phrase}");
        let parsed = line.parse::<Status>();
        if (100..=999).contains(&code) {
            prop_assert_eq!(parsed.map(|s| s.code()), Ok(code));
        } else {
            prop_assert!(parsed.is_err());
        }
    }

    #[test]
    fn near_miss_names_are_not_matched(index in 0usize..67, framework in 0usize..6, cut in 1usize..4) {
        let status = StatusCode::ALL[index % StatusCode::ALL.len()];
        let framework = Framework::ALL[framework % Framework::ALL.len()];
        if let Some(name) = status.reference(framework) {
            let shortened = &name[..name.len() - cut.min(name.len())];
            prop_assert_ne!(StatusCode::from_reference(framework, shortened), Some(status));
        }
    }
}
