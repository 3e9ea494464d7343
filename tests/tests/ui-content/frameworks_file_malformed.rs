// A framework entry without `method`, with a bad variant.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("frameworks_file_malformed");

fn main() {
    let _ = StatusCode::Ok;
}
