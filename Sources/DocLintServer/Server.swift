// Compiled with the Server trait only (Package.swift): it needs SwiftNIO and Hummingbird.
#if Server
import Hummingbird
#endif
