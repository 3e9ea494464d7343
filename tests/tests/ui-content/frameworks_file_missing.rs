// No frameworks.yaml.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("frameworks_file_missing");

fn main() {
    let _ = StatusCode::Ok;
}
