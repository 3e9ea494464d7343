use httpstatuses::http_status;

fn main() {
    let _ = http_status!(204,);
}
