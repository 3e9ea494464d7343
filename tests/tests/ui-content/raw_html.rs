// Raw HTML in the prose.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("raw_html");

fn main() {
    let _ = StatusCode::Ok;
}
