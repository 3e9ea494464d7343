//! Prints what a status code means: `cargo run --example explain -- 204`.
//!
//! Accepts a code (`204`) or a framework name (`http.StatusNoContent`,
//! `:no_content`, ...), and prints the same text IDEs show on hover.

use httpstatuses::{Framework, StatusCode};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!(
            "usage: explain <code or framework name>...  e.g. explain 204 http.StatusNotFound"
        );
        return ExitCode::from(2);
    }
    let mut status = ExitCode::SUCCESS;
    for (index, arg) in args.iter().enumerate() {
        if index > 0 {
            println!("\n{}\n", "=".repeat(72));
        }
        match lookup(arg) {
            Some(code) => explain(code),
            None => {
                eprintln!("explain: `{arg}` is neither a known status code nor a framework's name for one");
                status = ExitCode::from(1);
            }
        }
    }
    status
}

fn lookup(arg: &str) -> Option<StatusCode> {
    if let Ok(number) = arg.parse::<u16>() {
        return StatusCode::from_code(number);
    }
    Framework::ALL
        .iter()
        .find_map(|framework| StatusCode::from_reference(*framework, arg))
}

fn explain(code: StatusCode) {
    println!("{code} ({})\n", code.class());
    println!("{}\n", code.description());
    for framework in Framework::ALL {
        if let Some(name) = code.reference(*framework) {
            println!("{:<34} {name}", format!("{framework}:"));
        }
    }
}
