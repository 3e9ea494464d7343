#![allow(unreachable_patterns)] // an erroneous pattern already matches everything

use httpstatuses::{http_status, StatusCode};

fn main() {
    match StatusCode::Ok {
        http_status!(200) => {}
        http_status!(209) => {}
        _ => {}
    }
}
