// `set` is not the first digit of `code`.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("set_mismatch");

fn main() {
    let _ = StatusCode::Ok;
}
