// A content directory with no content files.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("empty_directory");

fn main() {}
