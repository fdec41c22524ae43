fn main() { amends_app::run() }
