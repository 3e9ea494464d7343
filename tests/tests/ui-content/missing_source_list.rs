// Prose without the `---` source list.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("missing_source_list");

fn main() {
    let _ = StatusCode::Ok;
}
