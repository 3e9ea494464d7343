//! Every string parser must return, never panic, and agree with itself.

#![no_main]

use httpstatuses::{Framework, Status, StatusCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let code = text.parse::<StatusCode>();
    let status = text.parse::<Status>();
    if let Ok(code) = code {
        assert_eq!(status, Ok(Status::Known(code)));
        assert_eq!(code.to_string().parse::<StatusCode>(), Ok(code));
    }
    if let Err(error) = code {
        let _ = error.to_string();
    }
    for &framework in Framework::ALL {
        if let Some(found) = StatusCode::from_reference(framework, text) {
            assert_eq!(found.reference(framework), Some(text));
        }
    }
    if let Some(framework) = Framework::from_name(text) {
        assert_eq!(framework.name(), text);
    }
});
