// `code` is text.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("code_not_a_number");

fn main() {
}
