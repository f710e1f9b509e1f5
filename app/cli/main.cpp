// relata-cli: placeholder until the command line lands.
#include <cstdio>
int main() {
    std::puts("relata-cli");
    return 0;
}
