//! The runtime API, checked against the content files themselves.

use httpstatuses::{Classified, Framework, StatusClass, StatusCode, UnknownStatusCode};
use std::collections::BTreeMap;
use std::path::Path;

/// `(code, title)` read straight from `content/*.md`, independently of the macro.
fn content_titles() -> BTreeMap<u16, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut titles = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let Some(code) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.parse::<u16>().ok())
        else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let title = text
            .lines()
            .find_map(|line| line.strip_prefix("title: "))
            .unwrap()
            .trim_matches('"')
            .to_owned();
        titles.insert(code, title);
    }
    titles
}

#[test]
fn all_lists_every_content_code_in_ascending_order() {
    let expected: Vec<u16> = content_titles().into_keys().collect();
    let actual: Vec<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(actual, expected);
    assert_eq!(actual.len(), 67);
}

#[test]
fn from_code_knows_exactly_the_content_codes() {
    let known = content_titles();
    for code in 0..=u16::MAX {
        let status = StatusCode::from_code(code);
        assert_eq!(status.is_some(), known.contains_key(&code), "{code}");
        if let Some(status) = status {
            assert_eq!(status.code(), code);
            assert_eq!(u16::from(status), code);
            assert_eq!(StatusCode::try_from(code), Ok(status));
        } else {
            assert_eq!(StatusCode::try_from(code), Err(UnknownStatusCode(code)));
        }
    }
}

#[test]
fn titles_and_display_come_from_the_content() {
    for (code, title) in content_titles() {
        let status = StatusCode::from_code(code).unwrap();
        assert_eq!(status.title(), title);
        assert_eq!(status.to_string(), format!("{code} {title}"));
    }
    assert_eq!(StatusCode::ImATeapot.to_string(), "418 I'm a teapot");
    assert_eq!(StatusCode::HttpVersionNotSupported.code(), 505);
    assert_eq!(
        UnknownStatusCode(299).to_string(),
        "unknown HTTP status code 299"
    );
}

#[test]
fn descriptions_are_clean_markdown_with_sources() {
    for status in StatusCode::ALL {
        let text = status.description();
        assert!(text.len() > 200, "{status}: description too short");
        assert!(text.contains("* Source: ["), "{status}: no source line");
        for html in ["<sup", "<span", "<br", "</"] {
            assert!(!text.contains(html), "{status}: raw HTML {html}");
        }
    }
    assert!(StatusCode::NoContent
        .description()
        .starts_with("The server has successfully fulfilled"));
    assert!(StatusCode::NoContent
        .description()
        .contains("RFC 9110 Section 15.3.5"));
}

#[test]
fn class_predicates_and_classify_agree_with_the_first_digit() {
    for status in StatusCode::ALL {
        let class = StatusClass::of(status.code()).unwrap();
        assert_eq!(status.class(), class);
        let flags = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(flags.iter().filter(|&&f| f).count(), 1);
        assert!(flags[usize::from(class.digit()) - 1]);
        let (classified_code, classified_class) = match status.classify() {
            Classified::Informational(s) => (s.code(), StatusClass::Informational),
            Classified::Success(s) => (s.code(), StatusClass::Success),
            Classified::Redirection(s) => (s.code(), StatusClass::Redirection),
            Classified::ClientError(s) => (s.code(), StatusClass::ClientError),
            Classified::ServerError(s) => (s.code(), StatusClass::ServerError),
        };
        assert_eq!((classified_code, classified_class), (status.code(), class));
    }
    let per_class = httpstatuses::Informational::ALL.len()
        + httpstatuses::Success::ALL.len()
        + httpstatuses::Redirection::ALL.len()
        + httpstatuses::ClientError::ALL.len()
        + httpstatuses::ServerError::ALL.len();
    assert_eq!(per_class, StatusCode::ALL.len());
    assert_eq!(
        StatusCode::from(httpstatuses::Success::NoContent),
        StatusCode::NoContent
    );
}

#[test]
fn per_framework_methods_match_the_generic_lookup_and_round_trip() {
    assert_eq!(Framework::ALL.len(), 6);
    for framework in Framework::ALL {
        assert_eq!(Framework::from_name(framework.name()), Some(*framework));
        for status in StatusCode::ALL {
            let method = match framework {
                Framework::Rails => status.rails_symbol(),
                Framework::Go => status.go_constant(),
                Framework::Symfony => status.symfony_constant(),
                Framework::Python2 => status.python2_constant(),
                Framework::Python3 => status.python3_constant(),
                Framework::Python35 => status.python3_5_constant(),
            };
            assert_eq!(status.reference(*framework), method);
            if let Some(name) = method {
                assert_eq!(
                    StatusCode::from_reference(*framework, name),
                    Some(*status),
                    "{name}"
                );
            }
        }
    }
    assert_eq!(
        Framework::from_name("Go HTTP Status Constant"),
        Some(Framework::Go)
    );
    assert_eq!(Framework::from_name("go"), None);
    assert_eq!(
        StatusCode::from_reference(Framework::Go, "http.StatusTeapot"),
        Some(StatusCode::ImATeapot)
    );
    assert_eq!(
        StatusCode::from_reference(Framework::Go, "StatusTeapot"),
        None
    );
}

#[test]
fn seed_names_for_no_content_are_kept() {
    let status = StatusCode::NoContent;
    assert_eq!(status.rails_symbol(), Some(":no_content"));
    assert_eq!(status.go_constant(), Some("http.StatusNoContent"));
    assert_eq!(status.symfony_constant(), Some("Response::HTTP_NO_CONTENT"));
    assert_eq!(status.python2_constant(), Some("httplib.NO_CONTENT"));
    assert_eq!(status.python3_constant(), Some("http.client.NO_CONTENT"));
    assert_eq!(
        status.python3_5_constant(),
        Some("http.HTTPStatus.NO_CONTENT")
    );
}

/// The Python 3 names must be real: ask the interpreter on this machine.
#[test]
fn python3_names_exist_in_the_real_http_module() {
    let mut script = String::from("import http, http.client\n");
    for status in StatusCode::ALL {
        if let Some(name) = status.python3_5_constant() {
            script.push_str(&format!(
                "assert {name}.value == {}, {name:?}\n",
                status.code()
            ));
        }
        if let Some(name) = status.python3_constant() {
            script.push_str(&format!("assert {name} == {}, {name:?}\n", status.code()));
        }
    }
    let output = std::process::Command::new("python3")
        .args(["-c", &script])
        .output()
        .expect("python3 must be installed for this test");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn const_evaluation_works() {
    const CODE: u16 = StatusCode::Conflict.code();
    const TITLE: &str = StatusCode::Conflict.title();
    const LOOKED_UP: Option<StatusCode> = StatusCode::from_code(409);
    const GO: Option<&str> = StatusCode::Conflict.reference(Framework::Go);
    assert_eq!(
        (CODE, TITLE, LOOKED_UP, GO),
        (
            409,
            "Conflict",
            Some(StatusCode::Conflict),
            Some("http.StatusConflict")
        )
    );
}
