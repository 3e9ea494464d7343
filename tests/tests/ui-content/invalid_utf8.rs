// Bytes that are not UTF-8.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("invalid_utf8");

fn main() {}
