// A misspelt front-matter field.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("unknown_field");

fn main() {
    let _ = StatusCode::Ok;
}
