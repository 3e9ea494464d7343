// `code` written in hexadecimal, which YAML would read as 200.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("code_in_hex");

fn main() {
    let _ = StatusCode::Ok;
}
