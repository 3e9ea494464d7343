// `code` differs from the file name.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("code_file_mismatch");

fn main() {
    let _ = StatusCode::Ok;
}
